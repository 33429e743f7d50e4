module github.com/actorgraph/actorgraph

go 1.26.0

require (
	github.com/coder/websocket v1.8.14
	github.com/fogleman/gg v1.3.0
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c
	github.com/goccy/go-graphviz v0.2.9
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0
	github.com/markusmobius/go-trafilatura v1.12.2
	github.com/urfave/cli/v2 v2.27.7
	golang.org/x/image v0.25.0
	golang.org/x/net v0.30.0
	golang.org/x/sys v0.49.0
	golang.org/x/term v0.47.0
	golang.org/x/text v0.23.0
	gonum.org/v1/gonum v0.17.0
)

require (
	github.com/RadhiFadlillah/whatlanggo v0.0.0-20240916001553-aac1f0f737fc // indirect
	github.com/andybalholm/cascadia v1.3.2 // indirect
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de // indirect
	github.com/cpuguy83/go-md2man/v2 v2.0.7 // indirect
	github.com/disintegration/imaging v1.6.2 // indirect
	github.com/elliotchance/pie/v2 v2.9.0 // indirect
	github.com/flopp/go-findfont v0.1.0 // indirect
	github.com/forPelevin/gomoji v1.2.0 // indirect
	github.com/go-shiori/go-readability v0.0.0-20241012063810-92284fa8a71f // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/hablullah/go-hijri v1.0.2 // indirect
	github.com/hablullah/go-juliandays v1.0.0 // indirect
	github.com/jalaali/go-jalaali v0.0.0-20210801064154-80525e88d958 // indirect
	github.com/markusmobius/go-dateparser v1.2.3 // indirect
	github.com/markusmobius/go-domdistiller v0.0.0-20240926050704-25b8d046ffb4 // indirect
	github.com/markusmobius/go-htmldate v1.9.1 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.22 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/rs/zerolog v1.33.0 // indirect
	github.com/russross/blackfriday/v2 v2.1.0 // indirect
	github.com/tetratelabs/wazero v1.11.0 // indirect
	github.com/wasilibs/go-re2 v1.7.0 // indirect
	github.com/wasilibs/wazero-helpers v0.0.0-20240620070341-3dff1577cd52 // indirect
	github.com/xrash/smetrics v0.0.0-20240521201337-686a1a2994c1 // indirect
	github.com/yosssi/gohtml v0.0.0-20201013000340-ee4748c638f4 // indirect
	golang.org/x/exp v0.0.0-20241009180824-f66d83c29e7c // indirect
)

replace github.com/markusmobius/go-dateparser v1.2.3 => ./third_party/go-dateparser

replace github.com/goccy/go-graphviz v0.2.9 => ./third_party/go-graphviz

replace github.com/markusmobius/go-domdistiller v0.0.0-20240926050704-25b8d046ffb4 => ./third_party/go-domdistiller

replace github.com/forPelevin/gomoji v1.2.0 => ./third_party/gomoji
