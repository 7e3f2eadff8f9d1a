package executor

import "strings"

// ShQuote returns s as one word for a POSIX shell: in single quotes, always, with each single
// quote inside closed, escaped and reopened, so that
//
//	it's  →  'it'\''s'
//
// The shell reads the result back as exactly s, whatever bytes s holds (a shell cannot carry a
// NUL byte, so neither can the result).
func ShQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// ShJoin returns argv as one POSIX shell command line that runs exactly argv, quoting only
// the words that need it, so that `ifconfig epair0a up` stays readable.
func ShJoin(argv []string) string {
	words := make([]string, len(argv))
	for i, arg := range argv {
		words[i] = shWord(arg, i == 0)
	}
	return strings.Join(words, " ")
}

// shWord quotes arg if the shell would otherwise read it as something other than one literal
// word. A command name is also quoted when it would read as an assignment or a reserved word.
func shWord(arg string, command bool) string {
	if arg == "" {
		return "''"
	}
	if command && (shReserved[arg] || strings.Contains(arg, "=")) {
		return ShQuote(arg)
	}
	for i := 0; i < len(arg); i++ {
		if !shSafe(arg[i]) {
			return ShQuote(arg)
		}
	}
	return arg
}

// shSafe reports whether b means only itself anywhere in an unquoted word.
func shSafe(b byte) bool {
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		return true
	}
	return strings.IndexByte("_@%+=:,./-", b) >= 0
}

// shReserved are the words a shell treats specially in command position (POSIX reserved
// words, and bash's, for a script that someone pastes into bash).
var shReserved = map[string]bool{
	"!": true, "{": true, "}": true, "[[": true, "]]": true,
	"case": true, "do": true, "done": true, "elif": true, "else": true, "esac": true,
	"fi": true, "for": true, "function": true, "if": true, "in": true, "select": true,
	"then": true, "time": true, "until": true, "while": true,
}
