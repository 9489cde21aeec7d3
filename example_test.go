package pystm_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/pystm/pystm"
)

// Run a script, then call one of its functions from Go.
func Example() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{Stdout: os.Stdout})
	defer in.Close()

	m, err := in.Exec(ctx, "greet.py", `
def greet(name, times=1):
    return ", ".join(["hello " + name] * times)
print("script loaded")
`)
	if err != nil {
		panic(err)
	}
	v, err := m.Call(ctx, "greet", "gopher", 2)
	if err != nil {
		panic(err)
	}
	s, _ := v.Str()
	fmt.Println(s)
	// Output:
	// script loaded
	// hello gopher, hello gopher
}

func ExampleInterpreter_Eval() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()

	v, err := in.Eval(ctx, "sorted({3: 'c', 1: 'a', 2: 'b'}.items())")
	if err != nil {
		panic(err)
	}
	g, _ := v.Go(ctx)
	fmt.Printf("%v\n", g)
	// Output: [[1 a] [2 b] [3 c]]
}

// Globals are read and set through the module handle.
func ExampleModule_Set() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()

	m, _ := in.Exec(ctx, "cfg.py", "limit = 10\ndef allowed(n): return n <= limit\n")
	ok, _ := m.Call(ctx, "allowed", 20)
	fmt.Println(ok)
	_ = m.Set(ctx, "limit", 100)
	ok, _ = m.Call(ctx, "allowed", 20)
	fmt.Println(ok)
	limit, _ := m.Get(ctx, "limit")
	fmt.Println(limit)
	// Output:
	// False
	// True
	// 100
}

// Go structs, maps and slices go into Python as dicts and lists; Decode
// brings a Python result back into a typed Go value.
func ExampleValue_Decode() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()

	type Order struct {
		Item  string `py:"item"`
		Qty   int    `py:"qty"`
		Price float64
	}
	m, _ := in.Exec(ctx, "orders.py", `
def total(orders):
    return {"count": sum(o["qty"] for o in orders),
            "amount": sum(o["qty"] * o["Price"] for o in orders)}
`)
	v, err := m.Call(ctx, "total", []Order{{"pen", 3, 1.5}, {"book", 1, 12}})
	if err != nil {
		panic(err)
	}
	var sum struct {
		Count  int     `py:"count"`
		Amount float64 `py:"amount"`
	}
	if err := v.Decode(ctx, &sum); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", sum)
	// Output: {Count:4 Amount:16.5}
}

// A Go function called from Python: arguments are checked against its
// parameter types as CPython checks a builtin's.
func ExampleInterpreter_Func() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{Stdout: os.Stdout})
	defer in.Close()

	repeat, _ := in.Func("repeat", func(s string, n int) string { return strings.Repeat(s, n) })
	m, _ := in.Exec(ctx, "use.py", `
def run(repeat):
    try:
        repeat(3, "ab")
    except TypeError as e:
        print(e)
    return repeat("ab", 3)
`)
	v, _ := m.Call(ctx, "run", repeat)
	fmt.Println(v)
	// Output:
	// repeat() argument 1 must be str, not int
	// ababab
}

// A Go module, imported by scripts like a built-in one.
func ExampleInterpreter_RegisterModule() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{Stdout: os.Stdout})
	defer in.Close()

	in.RegisterModule("inventory", map[string]any{
		"stock": func(item string) (int, error) {
			if item == "pen" {
				return 7, nil
			}
			return 0, &pystm.Error{Type: "KeyError", Message: item}
		},
		"warehouse": "north",
	})
	_, err := in.Exec(ctx, "main.py", `
import inventory
print(inventory.warehouse, inventory.stock("pen"))
try:
    inventory.stock("ink")
except KeyError as e:
    print("no", e)
`)
	if err != nil {
		panic(err)
	}
	// Output:
	// north 7
	// no 'ink'
}

// Effectful marks a callback whose effect must happen once even when the
// transactional runtime re-runs a transaction.
func ExampleEffectful() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()

	var sent []string
	send, _ := in.Func("send", func(msg string) { sent = append(sent, msg) }, pystm.Effectful())
	m, _ := in.Exec(ctx, "notify.py", "def notify(send, who):\n    send('hi ' + who)\n")
	_, _ = m.Call(ctx, "notify", send, "ann")
	fmt.Println(sent)
	// Output: [hi ann]
}

// Python exceptions come back as *pystm.Error, with the traceback.
func ExampleError() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()

	m, _ := in.Exec(ctx, "calc.py", "def ratio(a, b):\n    return a / b\n")
	_, err := m.Call(ctx, "ratio", 1, 0)
	var pe *pystm.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Type)
		fmt.Println(pe.Message)
		fmt.Print(pe.Traceback)
	}
	// Output:
	// ZeroDivisionError
	// division by zero
	// Traceback (most recent call last):
	//   File "calc.py", line 2, in ratio
	//     return a / b
	// ZeroDivisionError: division by zero
}

// A deadline stops a script even in a loop that never calls anything.
func Example_cancellation() {
	in := pystm.New(pystm.Options{})
	defer in.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := in.Exec(ctx, "spin.py", "while True:\n    pass\n")
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	fmt.Println(err)
	// Output:
	// true
	// Cancelled: context deadline exceeded
}

// Many goroutines call one script function at once; each call is a Python
// thread, and transaction.atomic keeps the two-step update whole.
func Example_goroutines() {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()

	m, _ := in.Exec(ctx, "bank.py", `
import transaction
accounts = {"a": 1000, "b": 0}
def transfer(n):
    with transaction.atomic:
        accounts["a"] -= n
        accounts["b"] += n
`)
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := m.Call(ctx, "transfer", 3); err != nil {
				panic(err)
			}
		}()
	}
	wg.Wait()
	v, _ := m.Eval(ctx, "accounts")
	g, _ := v.Go(ctx)
	fmt.Println(g)
	// Output: map[a:850 b:150]
}
