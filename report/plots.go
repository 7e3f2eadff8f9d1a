package report

import (
	"bytes"
	"cmp"
	"fmt"
	"image/color"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/vnetbench/vnetbench/lab"
)

// Plot is one figure of a run report: a PNG, or the reason it was skipped (a record without
// the series it needs gets no empty image, and the page says why).
type Plot struct {
	// Name is the file stem: the PNG is Name+".png".
	Name    string `json:"name"`
	Title   string `json:"title"`
	Caption string `json:"caption,omitempty"`
	// Skipped is why there is no image; empty when PNG is set.
	Skipped string `json:"skipped,omitempty"`
	PNG     []byte `json:"-"`
	// Width and Height are the image size in pixels.
	Width  int `json:"width,omitempty"`
	Height int `json:"height,omitempty"`
}

// File is the PNG's file name.
func (p Plot) File() string { return p.Name + ".png" }

// PlotWidth is the width in pixels of every run-report figure.
const PlotWidth = 1000

// Plots draws every figure of a run report, in reading order. A figure whose series are absent
// comes back with Skipped set; an error means a figure that should exist could not be drawn.
func Plots(r *lab.Record) ([]Plot, error) {
	builders := []func(*lab.Record) (Plot, error){
		trafficPlot, convergencePlot, nodeConvergencePlot, memoryPlot, rssPlot, phasesPlot,
	}
	var out []Plot
	for _, b := range builders {
		p, err := b(r)
		if err != nil {
			return nil, fmt.Errorf("plot %s: %w", p.Name, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// Pixels at the default 96 dpi of vgimg.
func px(n float64) vg.Length { return vg.Length(n) * vg.Inch / vgimg.DefaultDPI }

// palette is Tableau 10: distinguishable, colour-blind tolerant, prints well.
var palette = []color.RGBA{
	{0x4e, 0x79, 0xa7, 0xff}, // blue
	{0xf2, 0x8e, 0x2b, 0xff}, // orange
	{0xe1, 0x57, 0x59, 0xff}, // red
	{0x76, 0xb7, 0xb2, 0xff}, // teal
	{0x59, 0xa1, 0x4f, 0xff}, // green
	{0xed, 0xc9, 0x48, 0xff}, // yellow
	{0xb0, 0x7a, 0xa1, 0xff}, // purple
	{0xff, 0x9d, 0xa7, 0xff}, // pink
	{0x9c, 0x75, 0x5f, 0xff}, // brown
	{0x79, 0x70, 0x6e, 0xff}, // grey
}

var (
	colBlue, colOrange, colRed, colTeal, colGreen    = palette[0], palette[1], palette[2], palette[3], palette[4]
	colYellow, colPurple, colPink, colBrown, colGrey = palette[5], palette[6], palette[7], palette[8], palette[9]
)

// stateColor keeps each OSPF neighbor state the same colour in every report.
var stateColor = map[string]color.RGBA{
	"full": colGreen, "2-way": colBlue, "init": colYellow, "exstart": colPurple,
	"exchange": colPink, "loading": colBrown, "down": colRed, "attempt": colTeal,
}

// stateOrder is the order of neighbor states in legends: converged first.
var stateOrder = []string{"full", "2-way", "init", "exstart", "exchange", "loading", "attempt", "down"}

// entry is one line of a panel, with its legend text.
type entry struct {
	label string
	xys   plotter.XYs
	color color.Color
	width float64
	dash  bool
}

// panel is one plot of a figure.
type panel struct {
	title, ylabel string
	entries       []entry
	// zero makes the Y axis start at zero (rates, counts); otherwise it fits the data.
	zero bool
	// si labels Y ticks with SI prefixes (1.5k, 30M).
	si bool
	// minSpan is the smallest Y range as a fraction of the largest value, for axes that do not
	// start at zero: sampling noise of a few MiB on 50 GiB must not fill the panel.
	minSpan float64
}

// timeFigure draws panels stacked over a shared time axis with phase bands, and encodes a PNG.
func timeFigure(r *lab.Record, panels []panel, panelHeight float64) ([]byte, int, int, error) {
	xmax := runSeconds(r)
	for _, p := range panels {
		for _, e := range p.entries {
			if n := len(e.xys); n > 0 {
				xmax = math.Max(xmax, e.xys[n-1].X)
			}
		}
	}
	if xmax <= 0 {
		xmax = 1
	}
	var plots [][]*plot.Plot
	for i, pn := range panels {
		p := newPlot(pn.title)
		p.X.Min, p.X.Max = 0, xmax
		if i == len(panels)-1 {
			p.X.Label.Text = "time since run start (s)"
		}
		p.Y.Label.Text = pn.ylabel
		if pn.si {
			p.Y.Tick.Marker = niceTicks{si: true}
		}
		p.Add(phaseBands{r: r})
		var legend []legendItem
		ymin, ymax := math.Inf(1), math.Inf(-1)
		for _, e := range pn.entries {
			l, err := plotter.NewLine(e.xys)
			if err != nil {
				return nil, 0, 0, fmt.Errorf("%s: %w", pn.title, err)
			}
			l.Color = e.color
			l.Width = px(cmp.Or(e.width, 1.6))
			if e.dash {
				l.Dashes = []vg.Length{px(6), px(4)}
			}
			p.Add(l)
			legend = append(legend, legendItem{e.label, e.color, e.dash})
			for _, xy := range e.xys {
				ymin, ymax = math.Min(ymin, xy.Y), math.Max(ymax, xy.Y)
			}
		}
		p.Add(hLegend{items: legend})
		if span := pn.minSpan * math.Abs(ymax); !pn.zero && ymax-ymin < span {
			mid := (ymax + ymin) / 2
			ymin, ymax = mid-span/2, mid+span/2
		}
		fitY(p, ymin, ymax, pn.zero)
		plots = append(plots, []*plot.Plot{p})
	}
	h := 40 + panelHeight*float64(len(panels))
	return encodeTiles(plots, PlotWidth, h)
}

// fitY sets the Y range with headroom for the phase labels drawn at the top of the data area.
func fitY(p *plot.Plot, ymin, ymax float64, zero bool) {
	if math.IsInf(ymin, 0) {
		ymin, ymax = 0, 1
	}
	if zero {
		ymin = math.Min(0, ymin)
	}
	span := ymax - ymin
	if span <= 0 {
		span = math.Max(math.Abs(ymax), 1)
		if !zero {
			ymin -= span * 0.1
		}
	}
	p.Y.Min = ymin
	if !zero {
		p.Y.Min = ymin - span*0.05
	}
	p.Y.Max = ymax + span*0.2
}

func newPlot(title string) *plot.Plot {
	p := plot.New()
	sans := func(sty *text.Style, size float64, weight xfont.Weight) {
		sty.Font.Variant = "Sans"
		sty.Font.Size = vg.Points(size)
		sty.Font.Weight = weight
	}
	p.Title.Text = title
	sans(&p.Title.TextStyle, 11.5, xfont.WeightBold)
	p.Title.Padding = px(26) // room for the legend row above the data area
	sans(&p.X.Label.TextStyle, 10, xfont.WeightNormal)
	sans(&p.Y.Label.TextStyle, 10, xfont.WeightNormal)
	sans(&p.X.Tick.Label, 9, xfont.WeightNormal)
	sans(&p.Y.Tick.Label, 9, xfont.WeightNormal)
	sans(&p.Legend.TextStyle, 9, xfont.WeightNormal)
	p.X.Tick.Marker = niceTicks{}
	p.Y.Tick.Marker = niceTicks{}
	p.X.Padding, p.Y.Padding = 0, 0
	grid := plotter.NewGrid()
	grid.Vertical.Color = color.Gray{Y: 0xe4}
	grid.Horizontal.Color = color.Gray{Y: 0xe4}
	grid.Vertical.Width, grid.Horizontal.Width = px(1), px(1)
	p.Add(grid)
	return p
}

// encodeTiles draws a grid of plots on one canvas of w×h pixels and encodes it as PNG.
func encodeTiles(plots [][]*plot.Plot, w, h float64) ([]byte, int, int, error) {
	img := vgimg.NewWith(vgimg.UseWH(px(w), px(h)), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(img)
	rows, cols := len(plots), len(plots[0])
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadTop: px(8), PadBottom: px(6), PadLeft: px(8), PadRight: px(22),
		PadX: px(40), PadY: px(18)}
	canvases := plot.Align(plots, tiles, dc)
	for j := range plots {
		for i, p := range plots[j] {
			if p != nil {
				p.Draw(canvases[j][i])
			}
		}
	}
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, 0, 0, fmt.Errorf("encode png: %w", err)
	}
	b := img.Image().Bounds()
	return buf.Bytes(), b.Dx(), b.Dy(), nil
}

// niceTicks puts about five labelled ticks on round values (1, 2, 2.5 or 5 times a power of
// ten) with as many decimals as the step needs; si labels them with SI prefixes (1.5k, 30M),
// integer keeps steps whole (node ranks).
type niceTicks struct{ si, integer bool }

func (n niceTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 4, 64)}}
	}
	step := niceStep((hi - lo) / 5)
	if n.integer && step < 1 {
		step = 1
	}
	div, suffix := 1.0, ""
	if n.si {
		switch a := math.Max(math.Abs(lo), math.Abs(hi)); {
		case a >= 1e9:
			div, suffix = 1e9, "G"
		case a >= 1e6:
			div, suffix = 1e6, "M"
		case a >= 1e3:
			div, suffix = 1e3, "k"
		}
	}
	dec := max(0, int(math.Ceil(-math.Log10(step/div)-1e-9)))
	if m := step / div / math.Pow(10, math.Floor(math.Log10(step/div)+1e-9)); math.Abs(m-2.5) < 1e-6 {
		dec++
	}
	var ts []plot.Tick
	for i := math.Ceil(lo/step - 1e-9); i*step <= hi+step*1e-9; i++ {
		v := i * step
		label := strconv.FormatFloat(v/div, 'f', dec, 64)
		if v == 0 {
			label = "0"
		} else {
			label += suffix
		}
		ts = append(ts, plot.Tick{Value: v, Label: label})
		if mid := v + step/2; mid < hi && !(n.integer && step < 2) {
			ts = append(ts, plot.Tick{Value: mid})
		}
	}
	if first := math.Ceil(lo/step-1e-9)*step - step/2; first > lo && !(n.integer && step < 2) {
		ts = append(ts, plot.Tick{Value: first})
	}
	return ts
}

// niceStep rounds a raw step up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// phaseBands shades alternate phases and labels each at the top of the data area, staggering
// labels that would overlap (a three-second "daemons" phase between long ones).
type phaseBands struct{ r *lab.Record }

func (b phaseBands) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	sty := p.X.Tick.Label
	sty.Font.Size = vg.Points(8)
	sty.Color = color.Gray{Y: 0x55}
	sty.XAlign, sty.YAlign = text.XLeft, text.YTop
	line := draw.LineStyle{Color: color.Gray{Y: 0x99}, Width: px(1), Dashes: []vg.Length{px(3), px(3)}}
	var rowEnd []vg.Length
	for i, ph := range b.r.Phases {
		t0 := ph.Start.Sub(b.r.Start).Seconds()
		x0, x1 := trX(t0), trX(t0+phaseSeconds(ph))
		x0, x1 = max(x0, c.Min.X), min(x1, c.Max.X)
		if x1 <= x0 {
			continue
		}
		if i%2 == 1 {
			c.FillPolygon(color.Gray{Y: 0xf3}, []vg.Point{{X: x0, Y: c.Min.Y}, {X: x1, Y: c.Min.Y}, {X: x1, Y: c.Max.Y}, {X: x0, Y: c.Max.Y}})
		}
		if i > 0 {
			c.StrokeLine2(line, x0, c.Min.Y, x0, c.Max.Y)
		}
		w := sty.Width(ph.Name)
		row := 0
		for row < len(rowEnd) && rowEnd[row] > x0 {
			row++
		}
		if row == len(rowEnd) {
			rowEnd = append(rowEnd, 0)
		}
		if row > 2 {
			continue
		}
		lx := min(x0+px(3), c.Max.X-w-px(2)) // a last phase near the right edge keeps its label inside
		rowEnd[row] = lx + w + px(5)
		c.FillText(sty, vg.Point{X: lx, Y: c.Max.Y - px(2) - vg.Length(row)*sty.Height(ph.Name)}, ph.Name)
	}
}

type legendItem struct {
	label string
	color color.Color
	dash  bool
}

// hLegend draws the legend as one row above the data area, right-aligned, so it never covers
// the data.
type hLegend struct{ items []legendItem }

func (l hLegend) Plot(c draw.Canvas, p *plot.Plot) {
	if len(l.items) == 0 {
		return
	}
	sty := p.Legend.TextStyle
	sty.XAlign, sty.YAlign = text.XLeft, text.YCenter
	swatch, gap := px(18), px(14)
	total := vg.Length(0)
	for _, it := range l.items {
		total += swatch + px(4) + sty.Width(it.label) + gap
	}
	x := c.Max.X - total + gap
	y := c.Max.Y + px(11)
	for _, it := range l.items {
		ls := draw.LineStyle{Color: it.color, Width: px(3)}
		if it.dash {
			ls.Dashes = []vg.Length{px(5), px(3)}
		}
		c.StrokeLine2(ls, x, y, x+swatch, y)
		x += swatch + px(4)
		c.FillText(sty, vg.Point{X: x, Y: y}, it.label)
		x += sty.Width(it.label) + gap
	}
}

// minPoints is how many samples a series needs to be drawn as a line: a run shorter than two
// sampling ticks has nothing to show over time.
const minPoints = 2

// series returns the points of every series named name, summed by timestamp (several series of
// one name, such as per-node series, add up), and whether any such series has at least
// minPoints samples.
func series(r *lab.Record, name string) (plotter.XYs, bool) {
	return sumSeries(r, func(s lab.Series) bool { return s.Name == name })
}

func sumSeries(r *lab.Record, match func(lab.Series) bool) (plotter.XYs, bool) {
	var matched []lab.Series
	for _, s := range r.Series {
		if match(s) && len(s.Points) >= minPoints {
			matched = append(matched, s)
		}
	}
	switch len(matched) {
	case 0:
		return nil, false
	case 1:
		return toXYs(matched[0].Points), true
	}
	sum := map[float64]float64{}
	for _, s := range matched {
		for _, p := range s.Points {
			sum[math.Round(p.T*1000)/1000] += p.V
		}
	}
	var xys plotter.XYs
	for _, t := range slices.Sorted(maps.Keys(sum)) {
		xys = append(xys, plotter.XY{X: t, Y: sum[t]})
	}
	return xys, true
}

// toXYs copies points in time order, dropping values no plot can draw.
func toXYs(ps []lab.Point) plotter.XYs {
	xys := make(plotter.XYs, 0, len(ps))
	for _, p := range ps {
		if math.IsNaN(p.T) || math.IsInf(p.T, 0) || math.IsNaN(p.V) || math.IsInf(p.V, 0) {
			continue
		}
		xys = append(xys, plotter.XY{X: p.T, Y: p.V})
	}
	slices.SortStableFunc(xys, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
	return xys
}

func scaleXYs(xys plotter.XYs, f float64) plotter.XYs {
	out := make(plotter.XYs, len(xys))
	for i, xy := range xys {
		out[i] = plotter.XY{X: xy.X, Y: xy.Y * f}
	}
	return out
}

// byteScale picks the IEC unit that keeps the largest value readable.
func byteScale(vmax float64) (string, float64) {
	switch {
	case vmax >= 10*(1<<30):
		return "GiB", 1.0 / (1 << 30)
	case vmax >= 10*(1<<20):
		return "MiB", 1.0 / (1 << 20)
	case vmax >= 10*(1<<10):
		return "KiB", 1.0 / (1 << 10)
	}
	return "bytes", 1
}

func maxY(xyss ...plotter.XYs) float64 {
	m := 0.0
	for _, xys := range xyss {
		for _, xy := range xys {
			m = math.Max(m, math.Abs(xy.Y))
		}
	}
	return m
}

func skipped(name, title, why string) Plot { return Plot{Name: name, Title: title, Skipped: why} }

// trafficPlot is the netstat -ihw view of the bridge: packets/s and bytes/s, in and out.
// Scenarios without a bridge get the sum over node links instead.
func trafficPlot(r *lab.Record) (Plot, error) {
	const name = "traffic"
	where, rxp, txp, rxb, txb, drop := "bridge", lab.SeriesBridgeRxPackets, lab.SeriesBridgeTxPackets,
		lab.SeriesBridgeRxBytes, lab.SeriesBridgeTxBytes, []string{lab.SeriesBridgeRxDrops, lab.SeriesBridgeTxDrops, lab.SeriesBridgeRxErrors, lab.SeriesBridgeTxErrors}
	title := "Bridge traffic"
	_, okRx := series(r, rxp)
	_, okTx := series(r, txp)
	if !okRx && !okTx {
		where, rxp, txp, rxb, txb, drop = "links", lab.SeriesLinksRxPackets, lab.SeriesLinksTxPackets, "", "", []string{lab.SeriesLinksRxDrops}
		title = "Node link traffic (sum over all links)"
	}
	var pkts, byts []entry
	if xys, ok := series(r, rxp); ok {
		pkts = append(pkts, entry{label: "in (rx)", xys: xys, color: colBlue})
	}
	if xys, ok := series(r, txp); ok {
		pkts = append(pkts, entry{label: "out (tx)", xys: xys, color: colOrange})
	}
	if len(pkts) == 0 {
		return skipped(name, "Bridge traffic", "the record has no bridge or link counter series ("+lab.SeriesBridgeRxPackets+", "+lab.SeriesLinksRxPackets+") with two samples or more"), nil
	}
	var drops plotter.XYs
	for _, d := range drop {
		if xys, ok := series(r, d); ok && maxY(xys) > 0 {
			drops = addXYs(drops, xys)
		}
	}
	if len(drops) > 0 {
		pkts = append(pkts, entry{label: "drops + errors", xys: drops, color: colRed, width: 1.2})
	}
	if rxb != "" {
		if xys, ok := series(r, rxb); ok {
			byts = append(byts, entry{label: "in (rx)", xys: xys, color: colBlue})
		}
		if xys, ok := series(r, txb); ok {
			byts = append(byts, entry{label: "out (tx)", xys: xys, color: colOrange})
		}
	}
	panels := []panel{{title: title + ": packets per second", ylabel: "packets/s", entries: pkts, zero: true, si: true}}
	if len(byts) > 0 {
		panels = append(panels, panel{title: title + ": bytes per second", ylabel: "bytes/s", entries: byts, zero: true, si: true})
	}
	png, w, h, err := timeFigure(r, panels, 300)
	if err != nil {
		return Plot{Name: name}, err
	}
	caption := "Packets and bytes per second through the " + where + ", sampled at 1 Hz (the netstat -ihw view); shaded bands and labels mark the run's phases."
	if where == "links" {
		caption = "The scenario has no bridge: packets per second summed over every node link, sampled at 1 Hz; bands mark the run's phases."
	}
	return Plot{Name: name, Title: title, Caption: caption, PNG: png, Width: w, Height: h}, nil
}

func addXYs(a, b plotter.XYs) plotter.XYs {
	if len(a) == 0 {
		return slices.Clone(b)
	}
	sum := map[float64]float64{}
	for _, xy := range a {
		sum[xy.X] += xy.Y
	}
	for _, xy := range b {
		sum[xy.X] += xy.Y
	}
	var out plotter.XYs
	for _, t := range slices.Sorted(maps.Keys(sum)) {
		out = append(out, plotter.XY{X: t, Y: sum[t]})
	}
	return out
}

// convergencePlot shows the control plane settling: nodes converged, neighbors per OSPF state,
// routes in BIRD and in the kernel FIB.
func convergencePlot(r *lab.Record) (Plot, error) {
	const name, title = "convergence", "OSPF convergence over time"
	var panels []panel
	if xys, ok := series(r, lab.SeriesNodesConverged); ok {
		es := []entry{{label: "nodes converged", xys: xys, color: colGreen, width: 2}}
		if n := len(r.Nodes); n > 0 {
			es = append(es, entry{label: fmt.Sprintf("all %d nodes", n), xys: plotter.XYs{{X: 0, Y: float64(n)}, {X: runSeconds(r), Y: float64(n)}}, color: colGrey, width: 1, dash: true})
		}
		panels = append(panels, panel{title: "Nodes converged", ylabel: "nodes", entries: es, zero: true})
	}
	states := map[string]bool{}
	for _, s := range r.Series {
		if s.Name == lab.SeriesNeighbors && len(s.Points) >= minPoints {
			states[cmp.Or(s.Labels["state"], "any")] = true
		}
	}
	if len(states) > 0 {
		var es []entry
		order := slices.Clone(stateOrder)
		for _, st := range slices.Sorted(maps.Keys(states)) {
			if !slices.Contains(order, st) {
				order = append(order, st)
			}
		}
		for i, st := range order {
			if !states[st] {
				continue
			}
			xys, _ := sumSeries(r, func(s lab.Series) bool {
				return s.Name == lab.SeriesNeighbors && cmp.Or(s.Labels["state"], "any") == st
			})
			c, ok := stateColor[st]
			if !ok {
				c = palette[i%len(palette)]
			}
			es = append(es, entry{label: st, xys: xys, color: c})
		}
		panels = append(panels, panel{title: "OSPF neighbors by state (sum over all nodes)", ylabel: "neighbors", entries: es, zero: true, si: true})
	}
	var routes []entry
	if xys, ok := series(r, lab.SeriesBirdRoutes); ok {
		routes = append(routes, entry{label: "BIRD routes", xys: xys, color: colBlue})
	}
	if xys, ok := series(r, lab.SeriesFIBRoutes); ok {
		routes = append(routes, entry{label: "kernel FIB routes", xys: xys, color: colOrange, dash: true})
	}
	if len(routes) > 0 {
		panels = append(panels, panel{title: "Routes (sum over all nodes)", ylabel: "routes", entries: routes, zero: true, si: true})
	}
	if len(panels) == 0 {
		return skipped(name, title, "the record has no OSPF series with two samples or more (the scenario runs no routing daemon, or the run was too short)"), nil
	}
	png, w, h, err := timeFigure(r, panels, 260)
	if err != nil {
		return Plot{Name: name}, err
	}
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: h,
		Caption: "How many nodes held every convergence criterion, how many OSPF neighbors sat in each state, and how many routes BIRD and the kernel held, sampled at 1 Hz."}, nil
}

// nodeConvergencePlot shows per-node convergence times sorted, and names the slowest nodes.
func nodeConvergencePlot(r *lab.Record) (Plot, error) {
	const name, title = "node-convergence", "Per-node convergence times"
	crit := presentCriteria(r)
	if len(crit) == 0 {
		return skipped(name, title, "the record has no per-node convergence times (the scenario runs no routing daemon)"), nil
	}
	left := newPlot("Every node, sorted (each criterion sorted on its own)")
	left.X.Label.Text = "nodes, fastest to slowest"
	left.X.Tick.Marker = niceTicks{integer: true}
	left.Y.Label.Text = "seconds since run start"
	var legend []legendItem
	ymin, ymax := math.Inf(1), math.Inf(-1)
	nmax := 0
	for i, c := range crit {
		var ts []float64
		for _, n := range r.Nodes {
			if v, ok := n.Converged[c]; ok {
				ts = append(ts, v)
			}
		}
		slices.Sort(ts)
		xys := make(plotter.XYs, len(ts))
		for j, t := range ts {
			xys[j] = plotter.XY{X: float64(j + 1), Y: t}
			ymin, ymax = math.Min(ymin, t), math.Max(ymax, t)
		}
		nmax = max(nmax, len(ts))
		l, err := plotter.NewLine(xys)
		if err != nil {
			return Plot{Name: name}, err
		}
		col := palette[i%len(palette)]
		l.Color, l.Width = col, px(1.6)
		if c == "all" {
			col = color.RGBA{0x20, 0x20, 0x20, 0xff}
			l.Color, l.Width = col, px(2.6)
		}
		left.Add(l)
		if len(xys) <= 60 {
			s, err := plotter.NewScatter(xys)
			if err != nil {
				return Plot{Name: name}, err
			}
			s.GlyphStyle = draw.GlyphStyle{Color: col, Radius: px(2.2), Shape: draw.CircleGlyph{}}
			left.Add(s)
		}
		legend = append(legend, legendItem{c, col, false})
	}
	left.Add(hLegend{items: legend})
	left.X.Min, left.X.Max = 0.5, float64(nmax)+0.5
	fitY(left, ymin, ymax, false)

	right := newPlot("Slowest nodes (all criteria reached)")
	right.X.Label.Text = "seconds since run start"
	slow := ConvergenceOrder(r)
	if len(slow) > 15 {
		slow = slow[:15]
	}
	if len(slow) == 0 {
		return skipped(name, title, "no node converged, so there is no convergence time to sort (see the lacking nodes table)"), nil
	}
	var pts plotter.XYs
	var names []string
	for i := len(slow) - 1; i >= 0; i-- { // slowest at the top
		t, _ := nodeTime(slow[i])
		pts = append(pts, plotter.XY{X: t, Y: float64(len(names))})
		names = append(names, slow[i].Name)
	}
	stems := &stemPlot{pts: pts, color: colRed}
	right.Add(stems)
	right.NominalY(names...)
	right.Y.Tick.Label.Font.Size = vg.Points(8.5)
	lo, hi := pts[0].X, pts[0].X
	for _, p := range pts {
		lo, hi = math.Min(lo, p.X), math.Max(hi, p.X)
	}
	pad := math.Max((hi-lo)*0.15, 1)
	right.X.Min, right.X.Max = math.Max(0, lo-pad), hi+pad
	right.Y.Min, right.Y.Max = -0.7, float64(len(names))-0.3
	stems.base = right.X.Min
	png, w, h, err := encodeTiles([][]*plot.Plot{{left, right}}, PlotWidth, 440)
	if err != nil {
		return Plot{Name: name}, err
	}
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: h,
		Caption: fmt.Sprintf("Left: when each node reached each convergence criterion, nodes sorted from fastest to slowest. Right: the %d slowest nodes by the time they held everything; the slowest is at the top.", len(names))}, nil
}

// stemPlot draws a dot per point with a thin stem from base: a Cleveland dot plot.
type stemPlot struct {
	pts   plotter.XYs
	base  float64
	color color.Color
}

func (s *stemPlot) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	stem := draw.LineStyle{Color: color.Gray{Y: 0xb0}, Width: px(1.2)}
	sty := p.X.Tick.Label
	sty.Font.Size = vg.Points(8)
	sty.XAlign, sty.YAlign = text.XLeft, text.YCenter
	for _, pt := range s.pts {
		x, y := trX(pt.X), trY(pt.Y)
		c.StrokeLine2(stem, trX(s.base), y, x, y)
		c.DrawGlyph(draw.GlyphStyle{Color: s.color, Radius: px(4), Shape: draw.CircleGlyph{}}, vg.Point{X: x, Y: y})
		c.FillText(sty, vg.Point{X: x + px(7), Y: y}, fmt.Sprintf("%.1f s", pt.X))
	}
}

// memoryPlot shows daemon RSS and PSS totals, system available memory and kernel slab over time.
func memoryPlot(r *lab.Record) (Plot, error) {
	const name, title = "memory", "Memory over time"
	var panels []panel
	rss, okR := series(r, lab.SeriesDaemonRSS)
	pss, okP := series(r, lab.SeriesDaemonPSS)
	if okR || okP {
		unit, f := byteScale(maxY(rss, pss))
		var es []entry
		if okR {
			es = append(es, entry{label: "RSS", xys: scaleXYs(rss, f), color: colBlue})
		}
		if okP {
			es = append(es, entry{label: "PSS", xys: scaleXYs(pss, f), color: colOrange})
		}
		panels = append(panels, panel{title: "Routing daemons, total over all nodes", ylabel: unit, entries: es, zero: true})
	}
	if avail, ok := series(r, lab.SeriesMemAvailable); ok {
		unit, f := byteScale(maxY(avail))
		panels = append(panels, panel{title: "System memory available", ylabel: unit, minSpan: 0.01,
			entries: []entry{{label: "available", xys: scaleXYs(avail, f), color: colGreen}}})
	}
	if slab, ok := series(r, lab.SeriesSlab); ok {
		unit, f := byteScale(maxY(slab))
		panels = append(panels, panel{title: "Kernel slab", ylabel: unit, minSpan: 0.01,
			entries: []entry{{label: "slab", xys: scaleXYs(slab, f), color: colPurple}}})
	}
	if len(panels) == 0 {
		return skipped(name, title, "the record has no memory series ("+lab.SeriesDaemonRSS+", "+lab.SeriesMemAvailable+") with two samples or more (the run was shorter than two sampling ticks)"), nil
	}
	png, w, h, err := timeFigure(r, panels, 240)
	if err != nil {
		return Plot{Name: name}, err
	}
	var parts []string
	if okR || okP {
		parts = append(parts, "Resident (RSS) and proportional (PSS: shared pages split between processes) memory of all routing daemons together.")
	}
	if len(panels) > 1 || !(okR || okP) {
		parts = append(parts, "What the system had left (available memory, kernel slab); these axes fit the data and do not start at zero.")
	}
	parts = append(parts, "Sampled at 1 Hz; bands mark the run's phases.")
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: h, Caption: strings.Join(parts, " ")}, nil
}

// rssPlot is the distribution of per-daemon RSS (and PSS) at the last sample.
func rssPlot(r *lab.Record) (Plot, error) {
	const name, title = "rss", "Per-daemon memory distribution"
	var rss, pss []float64
	for _, n := range r.Nodes {
		if n.RSSBytes > 0 {
			rss = append(rss, float64(n.RSSBytes))
		}
		if n.PSSBytes > 0 {
			pss = append(pss, float64(n.PSSBytes))
		}
	}
	if len(rss) == 0 {
		return skipped(name, title, "the record has no per-node daemon memory (the scenario runs no daemon)"), nil
	}
	slices.Sort(rss)
	slices.Sort(pss)
	unit, f := byteScale(rss[len(rss)-1])
	lo, hi := rss[0], rss[len(rss)-1]
	if len(pss) > 0 {
		lo, hi = math.Min(lo, pss[0]), math.Max(hi, pss[len(pss)-1])
	}
	lo, hi = lo*f, hi*f
	nbins := min(40, max(8, len(rss)/3))
	width := (hi - lo) / float64(nbins)
	if width <= 0 {
		width = math.Max(hi*0.02, 1)
		lo -= width / 2
	}
	bins := func(vs []float64) []plotter.HistogramBin {
		b := make([]plotter.HistogramBin, nbins)
		for i := range b {
			b[i].Min, b[i].Max = lo+float64(i)*width, lo+float64(i+1)*width
		}
		for _, v := range vs {
			i := min(nbins-1, max(0, int((v*f-lo)/width)))
			b[i].Weight++
		}
		return b
	}
	p := newPlot(fmt.Sprintf("%d daemons at the last sample: RSS median %s, max %s", len(rss), fmtBytes(median(rss)), fmtBytes(rss[len(rss)-1])))
	p.X.Label.Text = "memory per daemon (" + unit + ")"
	p.Y.Label.Text = "daemons"
	ymax := 0.0
	var items []legendItem
	add := func(label string, vs []float64, fill color.Color, swatch color.Color) {
		h := &plotter.Histogram{Bins: bins(vs), Width: width, FillColor: fill,
			LineStyle: draw.LineStyle{Color: color.White, Width: px(1)}}
		for _, b := range h.Bins {
			ymax = math.Max(ymax, b.Weight)
		}
		p.Add(h)
		items = append(items, legendItem{label, swatch, false})
	}
	add("RSS", rss, colBlue, colBlue)
	if len(pss) > 0 {
		add("PSS", pss, color.NRGBA{0xf2, 0x8e, 0x2b, 0xc0}, colOrange)
	}
	med := median(rss) * f
	l, err := plotter.NewLine(plotter.XYs{{X: med, Y: 0}, {X: med, Y: ymax * 1.15}})
	if err != nil {
		return Plot{Name: name}, err
	}
	l.Color, l.Width, l.Dashes = color.Gray{Y: 0x30}, px(1.4), []vg.Length{px(5), px(3)}
	p.Add(l)
	items = append(items, legendItem{"median RSS", color.Gray{Y: 0x30}, true})
	p.Add(hLegend{items: items})
	p.X.Min, p.X.Max = math.Min(0, lo), hi+width
	p.Y.Min, p.Y.Max = 0, math.Ceil(ymax*1.15)
	p.Y.Tick.Marker = niceTicks{integer: true}
	png, w, ht, err := encodeTiles([][]*plot.Plot{{p}}, PlotWidth, 380)
	if err != nil {
		return Plot{Name: name}, err
	}
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: ht,
		Caption: "How many daemons had each resident (RSS) and proportional (PSS: shared pages split between processes) size at the last sample. Designated routers keep an adjacency with every node and sit to the right."}, nil
}

func median(sorted []float64) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// phasesPlot is a timeline of the phases: when each started and how long it took.
func phasesPlot(r *lab.Record) (Plot, error) {
	const name, title = "phases", "Phase timeline"
	if len(r.Phases) == 0 {
		return skipped(name, title, "the record has no phase timings"), nil
	}
	p := newPlot("")
	p.Title.Padding = 0
	p.X.Label.Text = "time since run start (s)"
	var names []string
	g := gantt{r: r}
	for i := len(r.Phases) - 1; i >= 0; i-- { // first phase at the top
		names = append(names, r.Phases[i].Name)
		g.rows = append(g.rows, i)
	}
	p.Add(g)
	p.NominalY(names...)
	total := runSeconds(r)
	p.X.Min, p.X.Max = 0, math.Max(total, 1)*1.14
	p.Y.Min, p.Y.Max = -0.6, float64(len(names))-0.4
	p.Y.Tick.Label.Font.Size = vg.Points(10)
	png, w, h, err := encodeTiles([][]*plot.Plot{{p}}, PlotWidth, 70+36*float64(len(names)))
	if err != nil {
		return Plot{Name: name}, err
	}
	return Plot{Name: name, Title: title, PNG: png, Width: w, Height: h,
		Caption: "Each phase as a bar from its start to its end, labelled with its duration and share of the run."}, nil
}

// gantt draws one bar per phase from its start to its end.
type gantt struct {
	r    *lab.Record
	rows []int // phase index per Y position, bottom up
}

func (g gantt) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	total := runSeconds(g.r)
	sty := p.X.Tick.Label
	sty.Font.Size = vg.Points(9)
	sty.XAlign, sty.YAlign = text.XLeft, text.YCenter
	half := (trY(1) - trY(0)) * 0.32
	for y, i := range g.rows {
		ph := g.r.Phases[i]
		t0 := ph.Start.Sub(g.r.Start).Seconds()
		d := phaseSeconds(ph)
		x0, x1 := trX(t0), trX(t0+d)
		if x1-x0 < px(2) {
			x1 = x0 + px(2) // a 0.1 s phase stays visible
		}
		yc := trY(float64(y))
		col := palette[i%len(palette)]
		c.FillPolygon(col, []vg.Point{{X: x0, Y: yc - half}, {X: x1, Y: yc - half}, {X: x1, Y: yc + half}, {X: x0, Y: yc + half}})
		label := fmtSeconds(d)
		if total > 0 {
			label += fmt.Sprintf("  (%.0f %%)", 100*d/total)
		}
		c.FillText(sty, vg.Point{X: x1 + px(6), Y: yc}, label)
	}
}
