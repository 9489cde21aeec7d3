// This file draws the plots as SVG by hand: scaling curves (speedup against
// threads, one line per interpreter, a panel per parallel program) and bars of
// single-thread speed relative to the reference interpreter.

package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
)

// palette gives each interpreter a colour by its position in the run.
var palette = []string{"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"}

// svgText escapes s for use in SVG text and attributes.
func svgText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// plotInterps returns the interpreters with at least one successful cell,
// with their colours; the others would only clutter the legend.
func (r *Results) plotInterps() (names []string, colour map[string]string) {
	colour = map[string]string{}
	ran := map[string]bool{}
	for _, c := range r.Cells {
		if c.OK {
			ran[c.Interp] = true
		}
	}
	for _, in := range r.Interps {
		if !ran[in.Name] {
			continue
		}
		colour[in.Name] = palette[len(names)%len(palette)]
		names = append(names, in.Name)
	}
	return names, colour
}

// parallelPrograms returns, in order, the programs measured at more than one
// thread count.
func (r *Results) parallelPrograms() []string {
	counts := map[string]map[int]bool{}
	var order []string
	for _, c := range r.Cells {
		if counts[c.Program] == nil {
			counts[c.Program] = map[int]bool{}
			order = append(order, c.Program)
		}
		counts[c.Program][c.Threads] = true
	}
	var out []string
	for _, p := range order {
		if len(counts[p]) > 1 {
			out = append(out, p)
		}
	}
	return out
}

// writeScalingSVG draws one panel per parallel program; in each, one polyline
// per interpreter with a successful run gives its speedup over its own
// 1-thread time, and a dashed line marks perfect scaling.
func (r *Results) writeScalingSVG(w io.Writer) {
	const pw, ph, cols = 300, 220, 3
	const left, right, top, bottom = 42, 12, 26, 30
	progs := r.parallelPrograms()
	names, colour := r.plotInterps()
	threads := r.Threads
	rows := (len(progs) + cols - 1) / cols
	width := pw * cols
	height := 40 + ph*max(rows, 1)
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n", width, height, width, height)
	fmt.Fprintf(w, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	fmt.Fprintf(w, `<text x="8" y="16" font-size="13" font-weight="bold">%s</text>`+"\n", svgText("Speedup over 1 thread — "+r.Machine.String()))
	for i, n := range names {
		x := 8 + 130*i
		fmt.Fprintf(w, `<line x1="%d" y1="30" x2="%d" y2="30" stroke="%s" stroke-width="2"/><text x="%d" y="34">%s</text>`+"\n", x, x+18, colour[n], x+22, svgText(n))
	}
	if len(progs) == 0 {
		fmt.Fprintf(w, `<text x="8" y="60">no program ran at more than one thread count</text>`+"\n")
	}
	for pi, prog := range progs {
		ox := (pi % cols) * pw
		oy := 40 + (pi/cols)*ph
		fmt.Fprintf(w, `<g class="panel" transform="translate(%d,%d)">`+"\n", ox, oy)
		fmt.Fprintf(w, `<text x="%d" y="16" font-weight="bold">%s</text>`+"\n", left, svgText(prog))
		// The y axis reaches the thread count (perfect scaling) or the best
		// measured speedup, whichever is larger.
		ymax := float64(threads[len(threads)-1])
		for _, c := range r.Cells {
			if c.Program == prog {
				if s, ok := r.speedup(&c); ok {
					ymax = math.Max(ymax, s)
				}
			}
		}
		ymax = math.Ceil(ymax)
		px := func(i int) float64 {
			if len(threads) == 1 {
				return left
			}
			return left + float64(i)*float64(pw-left-right)/float64(len(threads)-1)
		}
		py := func(v float64) float64 { return float64(ph-bottom) - v/ymax*float64(ph-bottom-top) }
		fmt.Fprintf(w, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#999"/>`+"\n", left, top, pw-left-right, ph-bottom-top)
		for _, v := range yTicks(ymax) {
			fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#eee"/><text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n",
				left, py(v), pw-right, py(v), left-4, py(v)+4, trimFloat(v))
		}
		for i, t := range threads {
			fmt.Fprintf(w, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", px(i), ph-bottom+14, t)
		}
		fmt.Fprintf(w, `<text x="%d" y="%d" text-anchor="middle">threads</text>`+"\n", left+(pw-left-right)/2, ph-4)
		var ideal []string
		for i, t := range threads {
			if float64(t) <= ymax {
				ideal = append(ideal, fmt.Sprintf("%.1f,%.1f", px(i), py(float64(t))))
			}
		}
		fmt.Fprintf(w, `<path d="M%s" fill="none" stroke="#bbb" stroke-dasharray="4,3"/>`+"\n", strings.Join(ideal, " L"))
		for _, n := range names {
			var pts []string
			for i, t := range threads {
				if c := r.cell(prog, t, n); c != nil {
					if s, ok := r.speedup(c); ok {
						pts = append(pts, fmt.Sprintf("%.1f,%.1f", px(i), py(s)))
					}
				}
			}
			if len(pts) == 0 {
				continue
			}
			fmt.Fprintf(w, `<polyline data-interp="%s" points="%s" fill="none" stroke="%s" stroke-width="2"/>`+"\n", svgText(n), strings.Join(pts, " "), colour[n])
			for _, p := range pts {
				x, y, _ := strings.Cut(p, ",")
				fmt.Fprintf(w, `<circle cx="%s" cy="%s" r="2.5" fill="%s"/>`+"\n", x, y, colour[n])
			}
		}
		fmt.Fprintln(w, `</g>`)
	}
	fmt.Fprintln(w, `</svg>`)
}

// writeRatioSVG draws, for every program at 1 thread, one bar per interpreter
// giving its speed relative to the reference on a logarithmic axis: bars
// above the line are faster than the reference, bars below slower.
func (r *Results) writeRatioSVG(w io.Writer) {
	names, colour := r.plotInterps()
	type bar struct {
		interp string
		ratio  float64
	}
	var progs []string
	bars := map[string][]bar{}
	lo, hi := 0.5, 2.0
	for _, c := range r.Cells {
		if c.Threads != 1 || r.Reference == "" {
			continue
		}
		if _, seen := bars[c.Program]; !seen {
			progs = append(progs, c.Program)
			bars[c.Program] = nil
		}
		if x, ok := r.ratio(&c, r.Reference); ok && c.Interp != r.Reference {
			bars[c.Program] = append(bars[c.Program], bar{c.Interp, x})
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	// Whole powers of two bound the axis so that the ticks are round.
	lo = math.Pow(2, math.Floor(math.Log2(lo)))
	hi = math.Pow(2, math.Ceil(math.Log2(hi)))
	const left, top, bottom, ph = 50, 58, 100, 360
	slot := 8 + 10*max(len(names), 1)
	width := max(left+20+slot*max(len(progs), 1), 420)
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n", width, ph, width, ph)
	fmt.Fprintf(w, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, ph)
	fmt.Fprintf(w, `<text x="8" y="16" font-size="13" font-weight="bold">%s</text>`+"\n", svgText(fmt.Sprintf("Speed relative to %s at 1 thread (log scale)", r.Reference)))
	fmt.Fprintf(w, `<text x="8" y="30">%s</text>`+"\n", svgText(r.Machine.String()))
	k := 0
	for _, n := range names {
		if n == r.Reference {
			continue // its bars would all be 1
		}
		x := 8 + 130*k
		k++
		fmt.Fprintf(w, `<rect x="%d" y="36" width="12" height="10" fill="%s"/><text x="%d" y="45">%s</text>`+"\n", x, colour[n], x+16, svgText(n))
	}
	py := func(v float64) float64 {
		return float64(ph-bottom) - (math.Log2(v)-math.Log2(lo))/(math.Log2(hi)-math.Log2(lo))*float64(ph-bottom-top)
	}
	for v := lo; v <= hi*1.001; v *= 2 {
		stroke := "#eee"
		if v == 1 {
			stroke = "#444"
		}
		fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/><text x="%d" y="%.1f" text-anchor="end">%sx</text>`+"\n",
			left, py(v), width-10, py(v), stroke, left-4, py(v)+4, trimFloat(v))
	}
	for pi, prog := range progs {
		x0 := left + 10 + pi*slot
		for _, b := range bars[prog] {
			k := indexOf(names, b.interp)
			y1, y2 := py(1), py(b.ratio)
			fmt.Fprintf(w, `<rect class="bar" data-interp="%s" x="%d" y="%.1f" width="9" height="%.1f" fill="%s"><title>%s</title></rect>`+"\n",
				svgText(b.interp), x0+10*k, math.Min(y1, y2), math.Max(math.Abs(y2-y1), 0.5), colour[b.interp],
				svgText(fmt.Sprintf("%s %s: %.2fx", prog, b.interp, b.ratio)))
		}
		lx := x0 + slot/2
		fmt.Fprintf(w, `<text x="%d" y="%d" text-anchor="end" transform="rotate(-45 %d %d)">%s</text>`+"\n", lx, ph-bottom+14, lx, ph-bottom+14, svgText(prog))
	}
	fmt.Fprintln(w, `</svg>`)
}

// yTicks returns about five round tick values from 0 to top.
func yTicks(top float64) []float64 {
	step := 1.0
	for top/step > 6 {
		step *= 2
	}
	var ticks []float64
	for v := 0.0; v <= top+1e-9; v += step {
		ticks = append(ticks, v)
	}
	return ticks
}

// trimFloat formats v without needless decimals.
func trimFloat(v float64) string {
	s := fmt.Sprintf("%.3f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// indexOf returns the position of s in list, or 0.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}
