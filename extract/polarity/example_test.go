package polarity_test

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/extract/polarity"
)

func ExampleModel_Predict() {
	m, err := polarity.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := "Prosecutors accused Whitfield of fraud, bribery and lying to investigators."
	start := strings.Index(s, "Whitfield")
	p := m.Predict(s, start, start+len("Whitfield"))
	fmt.Println(p.Polarity, p.Confidence > 0.5)
	// Output: -1 true
}

func ExampleByteOffsets() {
	s := "Zürich’s mayor Corine Mauch"
	start, end := polarity.ByteOffsets(s, 15, 27) // code points, as in NewsMTSC
	fmt.Println(s[start:end])
	// Output: Corine Mauch
}
