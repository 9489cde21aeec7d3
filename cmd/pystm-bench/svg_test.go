package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
)

// element is a generic XML element tree.
type element struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Kids    []element  `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (e element) attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseSVG checks that data is well-formed XML with an svg root and returns it.
func parseSVG(t *testing.T, data []byte) element {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, data)
		}
	}
	var root element
	if err := xml.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root element is %v, want svg", root.XMLName)
	}
	return root
}

func TestScalingSVG(t *testing.T) {
	r := fixture()
	r.Machine.CPU = `Test <CPU> & "co"` // must be escaped
	var b bytes.Buffer
	r.writeScalingSVG(&b)
	root := parseSVG(t, b.Bytes())
	var panels []element
	for _, k := range root.Kids {
		if k.XMLName.Local == "g" && k.attr("class") == "panel" {
			panels = append(panels, k)
		}
	}
	// Only mandel ran at two thread counts; nbody is single-threaded.
	if len(panels) != 1 {
		t.Fatalf("got %d panels, want 1", len(panels))
	}
	var lines []string
	for _, k := range panels[0].Kids {
		if k.XMLName.Local == "polyline" {
			lines = append(lines, k.attr("data-interp"))
			if n := len(strings.Fields(k.attr("points"))); n != 2 {
				t.Errorf("%s: %d points, want 2", k.attr("data-interp"), n)
			}
		}
	}
	// One polyline per interpreter that ran; none for pystm, which never did.
	if strings.Join(lines, ",") != "python3,pypy3,fast" {
		t.Errorf("polylines for %v, want python3, pypy3, fast", lines)
	}
	for _, k := range root.Kids {
		if k.XMLName.Local == "text" && k.Text == "pystm" {
			t.Error("the legend names pystm, which has no successful cell")
		}
	}
	if !strings.Contains(b.String(), "Test &lt;CPU&gt; &amp;") {
		t.Error("the machine name is not escaped")
	}
}

func TestScalingSVGSpeedupPoints(t *testing.T) {
	var b bytes.Buffer
	fixture().writeScalingSVG(&b)
	root := parseSVG(t, b.Bytes())
	ys := map[string][]string{}
	for _, g := range root.Kids {
		for _, k := range g.Kids {
			if k.XMLName.Local == "polyline" {
				for _, p := range strings.Fields(k.attr("points")) {
					_, y, _ := strings.Cut(p, ",")
					ys[k.attr("data-interp")] = append(ys[k.attr("data-interp")], y)
				}
			}
		}
	}
	// python3 does not scale (flat line); fast doubles, so it ends higher.
	if ys["python3"][0] != ys["python3"][1] {
		t.Errorf("python3's flat speedup drawn as %v", ys["python3"])
	}
	if atof(t, ys["fast"][1]) >= atof(t, ys["python3"][1]) {
		t.Errorf("speedup 2 (y=%s) not drawn above speedup 1 (y=%s)", ys["fast"][1], ys["python3"][1])
	}
}

func atof(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRatioSVG(t *testing.T) {
	var b bytes.Buffer
	fixture().writeRatioSVG(&b)
	root := parseSVG(t, b.Bytes())
	var bars []string
	for _, k := range root.Kids {
		if k.XMLName.Local == "rect" && k.attr("class") == "bar" {
			bars = append(bars, k.attr("data-interp"))
		}
	}
	// mandel: pypy3 and fast; nbody: pypy3 (fast failed). None for the reference.
	if strings.Join(bars, ",") != "pypy3,fast,pypy3" {
		t.Errorf("bars %v, want pypy3, fast, pypy3", bars)
	}
}
