package out

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

var (
	//go:embed html/report.html
	reportHTML string
	//go:embed html/report.css
	reportCSS string
)

// reportTemplate is parsed once per call: templates hold no state of ours
// between calls, and a report is written once.
func reportTemplate() (*template.Template, error) {
	funcs := template.FuncMap{
		"inc":   func(i int) int { return i + 1 },
		"list":  func(n ...int) []int { return n },
		"join":  strings.Join,
		"quote": quoteText,
		"tie": func(t ReportTie, conf bool) any {
			return struct {
				ReportTie
				Conf bool
			}{t, conf}
		},
	}
	t, err := template.New("report").Funcs(funcs).Parse(viewTemplate)
	if err != nil {
		return nil, err
	}
	return t.Parse(reportHTML)
}

// quoteText puts a sentence in curly quotes, unless it already starts or
// ends with a quotation mark of its own.
func quoteText(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasSuffix(s, "”") {
		return s
	}
	return "“" + s + "”"
}

// reportFigure is a figure ready for the page.
type reportFigure struct {
	SVG     template.HTML
	Caption string
}

// WriteReportHTML writes r as one self-contained HTML page: the figures as
// inline SVG (drawn by RenderReport first), the interactive view with its
// script and style inline, print CSS, and numbered citations that link to
// the source list. The page loads nothing from anywhere.
func WriteReportHTML(ctx context.Context, w io.Writer, r *Report, opts RenderOptions) error {
	t, err := reportTemplate()
	if err != nil {
		return fmt.Errorf("report template: %w", err)
	}
	figs := make([]reportFigure, len(r.Figures))
	for i, f := range r.Figures {
		if f.SVG == nil {
			return fmt.Errorf("report: figure %d is not drawn (call RenderReport first)", i+1)
		}
		figs[i] = reportFigure{SVG: inlineSVG(f.SVG), Caption: f.Caption}
	}
	data := struct {
		R       *Report
		Figs    []reportFigure
		Conf    bool
		CSS     template.CSS
		ViewCSS template.CSS
		ViewJS  template.JS
		View    *viewFragment
	}{R: r, Figs: figs, Conf: r.HasConfidence, CSS: template.CSS(reportCSS)}
	if r.View != nil {
		v := *r.View
		v.SourceAnchor = "src-"
		frag, err := newViewFragment(ctx, &v, "explore-view", opts)
		if err != nil {
			return err
		}
		data.View, data.ViewCSS, data.ViewJS = &frag, template.CSS(viewCSS), template.JS(viewJS)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
