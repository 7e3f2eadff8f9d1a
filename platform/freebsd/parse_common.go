package freebsd

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// lines splits command output into lines without their terminators. A final line without a
// newline is kept; "\r\n" endings (output copied through a terminal) are accepted.
func lines(b []byte) []string {
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// isJSON reports whether output is a libxo JSON document rather than text.
func isJSON(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// jsonKV is one member of a JSON object in document order.
type jsonKV struct {
	Key string
	Val any // nil, bool, json.Number, string, jsonObject or []any
}

// jsonObject keeps an object's members in order and with duplicates. libxo emits duplicate
// keys (netstat -d prints "dropped-packets" twice), which a map decode would collapse.
type jsonObject []jsonKV

// get returns the first value for key.
func (o jsonObject) get(key string) (any, bool) {
	for _, kv := range o {
		if kv.Key == key {
			return kv.Val, true
		}
	}
	return nil, false
}

// maxJSONDepth bounds nesting; libxo output is a handful of levels deep.
const maxJSONDepth = 64

// parseOrderedJSON decodes one JSON document, keeping object members in order.
func parseOrderedJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := decodeOrdered(dec, 0)
	if err != nil {
		return nil, fmt.Errorf("decode json: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("decode json: trailing data after document")
	}
	return v, nil
}

func decodeOrdered(dec *json.Decoder, depth int) (any, error) {
	if depth > maxJSONDepth {
		return nil, errors.New("nested too deeply")
	}
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			obj := jsonObject{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("object key %v is not a string", kt)
				}
				v, err := decodeOrdered(dec, depth+1)
				if err != nil {
					return nil, err
				}
				obj = append(obj, jsonKV{key, v})
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return obj, nil
		case '[':
			arr := []any{}
			for dec.More() {
				v, err := decodeOrdered(dec, depth+1)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return arr, nil
		default:
			return nil, fmt.Errorf("unexpected %v", t)
		}
	default:
		return tok, nil
	}
}

// jsonPath walks nested objects by key and returns the value at the end of the path.
func jsonPath(v any, keys ...string) (any, bool) {
	for _, k := range keys {
		obj, ok := v.(jsonObject)
		if !ok {
			return nil, false
		}
		if v, ok = obj.get(k); !ok {
			return nil, false
		}
	}
	return v, true
}

// jsonList returns the objects of the list found at path; a missing path is an error.
func jsonList(v any, keys ...string) ([]jsonObject, error) {
	lv, ok := jsonPath(v, keys...)
	if !ok {
		return nil, fmt.Errorf("json: no %q", strings.Join(keys, "."))
	}
	arr, ok := lv.([]any)
	if !ok {
		return nil, fmt.Errorf("json: %q is not a list", strings.Join(keys, "."))
	}
	out := make([]jsonObject, 0, len(arr))
	for i, e := range arr {
		o, ok := e.(jsonObject)
		if !ok {
			return nil, fmt.Errorf("json: %q[%d] is not an object", strings.Join(keys, "."), i)
		}
		out = append(out, o)
	}
	return out, nil
}

// jsonString renders a scalar as text: libxo writes many numbers as strings and some
// strings as numbers, depending on the field and the flags.
func jsonString(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case json.Number:
		return t.String(), true
	case bool:
		return strconv.FormatBool(t), true
	case nil:
		return "", true
	}
	return "", false
}

// atoiField parses a decimal integer column, naming the column in the error.
func atoiField(name, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s %q is not an integer", name, s)
	}
	return n, nil
}
