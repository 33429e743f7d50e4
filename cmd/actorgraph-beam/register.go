package main

import (
	"context"
	"reflect"

	"github.com/actorgraph/actorgraph/graph/build"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Beam runners (Prism included) refuse functions and types they cannot
// look up by name on the workers, so every DoFn, combiner, emitter and
// element type of the pipeline is registered here. Registration in init is
// what the Beam SDK requires.
func init() {
	beam.RegisterType(reflect.TypeOf((*Article)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*dupAcc)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*build.Record)(nil)).Elem(), encodeRecord, decodeRecord)

	register.DoFn3x1[context.Context, string, func(string), error](&expandFn{})
	register.DoFn3x1[context.Context, string, func(Article), error](&readFn{})
	register.DoFn1x2[Article, string, Article](&contentKeyFn{})
	register.Combiner2[dupAcc, Article](&foldFn{})
	register.DoFn5x0[context.Context, string, dupAcc, func(Article), func(string, build.Record)](&unfoldFn{})
	register.DoFn4x1[context.Context, Article, func(string, build.Record), func(build.Record), error](&extractFn{})
	register.Combiner1[build.Record](&mergeFn{})
	register.DoFn2x0[[]byte, func(string, build.Record)](&optionsFn{})
	register.DoFn2x3[string, build.Record, int, string, error](&lineFn{})
	register.DoFn1x3[build.Record, int, string, error](&statementLineFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})

	register.Emitter1[string]()
	register.Emitter1[Article]()
	register.Emitter1[build.Record]()
	register.Emitter2[string, build.Record]()
	register.Iter1[string]()
}
