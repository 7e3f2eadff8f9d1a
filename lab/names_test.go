package lab

import (
	"fmt"
	"strings"
	"testing"
)

// shellMeta are characters that would need quoting in the printed scripts; names must never
// contain them.
var shellMeta = []string{";", "$", "'", `"`, `\`, "`", "&", "|", " ", "*", "\n", "\t", "(", ")", "<", ">", "#", "~", "?", "!", "{", "}"}

func TestValidateNodeName(t *testing.T) {
	for _, ok := range []string{"a", "host", "jail1", "jail480", "hop-1", "a-b-c", "x9-y8", strings.Repeat("a", MaxNodeName)} {
		if err := ValidateNodeName(ok); err != nil {
			t.Errorf("ValidateNodeName(%q) = %v, want nil", ok, err)
		}
	}
	bad := []string{"", strings.Repeat("a", MaxNodeName+1), "1jail", "-a", "a-", "a--b", "Jail1", "jail_1",
		"jail.1", "jail/1", "..", "jäil", "jail١", "ｊail"}
	for _, m := range shellMeta {
		bad = append(bad, "jail"+m+"1", "jail"+m)
	}
	for _, name := range bad {
		err := ValidateNodeName(name)
		if err == nil {
			t.Errorf("ValidateNodeName(%q) = nil, want an error", name)
			continue
		}
		if !strings.Contains(err.Error(), fmt.Sprintf("node name %q", name)) {
			t.Errorf("ValidateNodeName(%q) = %q: does not name the node name", name, err)
		}
	}
}

func TestValidateIfaceName(t *testing.T) {
	for _, ok := range []string{"e", "lo", "lo1", "epair0a", "epair480b", "vnetdemobridge", "eth0.100", "br_0",
		"ABCdef", strings.Repeat("x", MaxIfaceName)} {
		if err := ValidateIfaceName(ok); err != nil {
			t.Errorf("ValidateIfaceName(%q) = %v, want nil", ok, err)
		}
	}
	if MaxIfaceName != 15 {
		t.Errorf("MaxIfaceName = %d, want 15 (IFNAMSIZ-1)", MaxIfaceName)
	}
	bad := []string{"", strings.Repeat("x", 16), "epair0btoolong12", "0eth", "_eth", ".eth", "eth-0", "eth/0",
		"éth0", "eth0é", "ethé", "eth\x00", "eth\u200b0", "ｅth0"}
	for _, m := range shellMeta {
		bad = append(bad, "eth"+m+"0", "eth"+m)
	}
	for _, name := range bad {
		err := ValidateIfaceName(name)
		if err == nil {
			t.Errorf("ValidateIfaceName(%q) = nil, want an error", name)
			continue
		}
		if !strings.Contains(err.Error(), fmt.Sprintf("interface name %q", name)) {
			t.Errorf("ValidateIfaceName(%q) = %q: does not say what it checked", name, err)
		}
	}
	if err := ValidateIfaceName(strings.Repeat("x", 16)); err == nil || !strings.Contains(err.Error(), "1 to 15 characters") {
		t.Errorf("16-char name: error %v, want one naming the 15-character limit", err)
	}
}
