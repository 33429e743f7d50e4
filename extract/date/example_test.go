package date_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract/date"
)

func ExampleNormalize() {
	for _, s := range []string{"26-FEB-1987 15:01:01.79", "Wed, 26 Feb 2025 15:04:05 -0500", "26 February 2025"} {
		n, err := date.Normalize(s)
		fmt.Println(n, err)
	}
	// Output:
	// 1987-02-26T15:01:01 <nil>
	// 2025-02-26T15:04:05-05:00 <nil>
	// 2025-02-26 <nil>
}

func ExampleLayout() {
	l, _ := date.Layout("%d/%m/%Y")
	n, _ := date.Normalize("03/04/2025", l)
	fmt.Println(l, n)
	// Output: 02/01/2006 2025-04-03
}
