package bird

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Reply codes a caller may want to tell apart (BIRD doc/reply_codes).
const (
	CodeOK               = 0    // final line of most replies, empty text
	CodeWelcome          = 1    // the "BIRD x.y.z ready." banner
	CodeNoProtocolsMatch = 8003 // the protocol named in the command does not exist
	CodeAccessDenied     = 8007 // the socket is restricted and the command is privileged
	CodeParseError       = 9001 // the command did not parse (unknown word, wrong protocol type)
)

// maxLine bounds one reply line. BIRD itself never sends more than 512 bytes per line; the
// bound only keeps a confused peer from making the client buffer without limit.
const maxLine = 64 << 10

// Line is one line of a reply with its code. Continuation lines (those BIRD sends with a
// leading space instead of a code) carry the code of the line they continue.
type Line struct {
	Code int
	Text string
}

// Reply is one complete answer of BIRD to one command, in the order it was received.
// Spontaneous messages (lines starting with '+') are not part of a reply and are dropped.
type Reply struct {
	Lines []Line
}

// Text returns the reply as birdc prints it: the text of every line, one per line, without
// codes; lines with code 0 (the empty end-of-reply marker) print nothing. The result is what
// the Parse functions read.
func (r *Reply) Text() []byte {
	var b bytes.Buffer
	for _, l := range r.Lines {
		if l.Code == CodeOK {
			continue
		}
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// err returns the first runtime (8xxx) or parse (9xxx) error line of the reply as a
// *ReplyError, or nil.
func (r *Reply) err() error {
	for _, l := range r.Lines {
		if l.Code >= 8000 {
			return &ReplyError{Code: l.Code, Msg: l.Text}
		}
	}
	return nil
}

// ReplyError is an error BIRD reported: Code is 8xxx for run-time errors (8003 no protocols
// match, 8007 access denied) and 9xxx for commands that did not parse. Msg is BIRD's text.
type ReplyError struct {
	Code int
	Msg  string
}

func (e *ReplyError) Error() string {
	return fmt.Sprintf("bird replied %04d: %s", e.Code, e.Msg)
}

// errUnexpectedEOF marks a connection that ended inside a reply.
var errUnexpectedEOF = errors.New("connection closed in the middle of a reply")

// readReply reads one complete reply: lines up to and including the first line whose code is
// followed by a space. It returns io.EOF only when the stream ends before the first byte of a
// reply. A protocol violation is an error; the stream is then out of step and must be dropped.
func readReply(r *bufio.Reader) (*Reply, error) {
	var (
		reply Reply
		last  = -1 // code that a continuation line continues; -1 before the first coded line
	)
	for {
		raw, err := readLine(r)
		if err != nil {
			if errors.Is(err, io.EOF) && len(reply.Lines) > 0 {
				return &reply, errUnexpectedEOF
			}
			return nil, err
		}
		code, text, final, err := splitLine(raw)
		if err != nil {
			return nil, err
		}
		switch code {
		case codeAsync:
			continue
		case codeCont:
			if last < 0 {
				return nil, fmt.Errorf("malformed reply: continuation line %q before any coded line", raw)
			}
			code = last
		}
		last = code
		reply.Lines = append(reply.Lines, Line{Code: code, Text: text})
		if final {
			return &reply, nil
		}
	}
}

// Pseudo codes returned by splitLine for lines that carry no code of their own.
const (
	codeCont  = -1 // " text": continues the previous code
	codeAsync = -2 // "+text": a spontaneous message
)

// splitLine decodes one line without its line terminator.
func splitLine(line []byte) (code int, text string, final bool, err error) {
	if len(line) == 0 {
		return 0, "", false, errors.New("malformed reply: empty line")
	}
	switch line[0] {
	case ' ':
		return codeCont, string(line[1:]), false, nil
	case '+':
		return codeAsync, string(line[1:]), false, nil
	}
	if len(line) < 4 {
		return 0, "", false, fmt.Errorf("malformed reply line %q", line)
	}
	for _, c := range line[:4] {
		if c < '0' || c > '9' {
			return 0, "", false, fmt.Errorf("malformed reply line %q", line)
		}
		code = code*10 + int(c-'0')
	}
	switch {
	case len(line) == 4:
		// BIRD 1.x captures show a bare "0000" where 2.x sends "0000 ".
		return code, "", true, nil
	case line[4] == ' ':
		return code, string(line[5:]), true, nil
	case line[4] == '-':
		return code, string(line[5:]), false, nil
	}
	return 0, "", false, fmt.Errorf("malformed reply line %q", line)
}

// readLine returns the next line without "\n" or "\r\n". A last line without a newline is
// returned as it is; io.EOF comes only when nothing is left.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		frag, err := r.ReadSlice('\n')
		if len(line)+len(frag) > maxLine {
			return nil, fmt.Errorf("malformed reply: line longer than %d bytes", maxLine)
		}
		line = append(line, frag...)
		switch {
		case err == nil:
			line = line[:len(line)-1]
			return bytes.TrimSuffix(line, []byte("\r")), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(line) > 0:
			return bytes.TrimSuffix(line, []byte("\r")), nil
		default:
			return nil, err
		}
	}
}
