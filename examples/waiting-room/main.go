// Command waiting-room is the case pystm exists for: a ticket sale where
// a crowd hits the server at once. A Go net/http server hands every JSON
// request to a Python function of room.py, which keeps the waiting-room
// queue and the ticket stock in plain Python objects. Every request runs
// on its own goroutine, as a Python thread of one interpreter; the only
// synchronisation is the script's `with transaction.atomic:` blocks.
//
//	go run ./examples/waiting-room -addr 127.0.0.1:8080 -tickets 1000
//	curl -d '{"visitor": "ann"}' 127.0.0.1:8080/join
//
// Endpoints (POST, JSON object in, JSON object out): /join {visitor},
// /poll {visitor}, /admit {count}, /buy {visitor}, /setup {tickets, batch},
// and GET /stats. A handler's {"error": ...} answer is sent with status
// 409.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/pystm/pystm"
)

//go:embed room.py
var roomSource string

// endpoints are the Python functions served, by URL path.
var endpoints = []string{"setup", "join", "poll", "admit", "buy", "stats"}

// newRoom starts an interpreter running room.py with a sale of tickets.
func newRoom(ctx context.Context, opts pystm.Options, tickets, batch int) (*pystm.Interpreter, *pystm.Module, error) {
	in := pystm.New(opts)
	m, err := in.Exec(ctx, "room.py", roomSource)
	if err == nil {
		_, err = m.Call(ctx, "setup", map[string]int{"tickets": tickets, "batch": batch})
	}
	if err != nil {
		_ = in.Close()
		return nil, nil, err
	}
	return in, m, nil
}

// handler serves the room's functions: it decodes the JSON body, calls the
// Python function of the path with it (in the request's context, so a
// client that goes away stops its call), and encodes the result.
func handler(m *pystm.Module) http.Handler {
	mux := http.NewServeMux()
	for _, name := range endpoints {
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			req := map[string]any{}
			if r.Method == http.MethodPost {
				body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
				if err == nil && len(body) > 0 {
					err = json.Unmarshal(body, &req)
				}
				if err != nil {
					http.Error(w, "bad JSON: "+err.Error(), http.StatusBadRequest)
					return
				}
			}
			v, err := m.Call(r.Context(), name, req)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			res, err := v.Go(r.Context())
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			if obj, ok := res.(map[string]any); ok && obj["error"] != nil {
				w.WriteHeader(http.StatusConflict)
			}
			_ = json.NewEncoder(w).Encode(res)
		})
	}
	return mux
}

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	tickets := flag.Int("tickets", 1000, "tickets for sale")
	batch := flag.Int("batch", 100, "visitors admitted per /admit by default")
	parallel := flag.Bool("parallel", true, "run Python threads in parallel (false: the GIL baseline)")
	threads := flag.Int("threads", 0, "Python threads running at once (0: the number of CPUs)")
	flag.Parse()

	in, m, err := newRoom(context.Background(), pystm.Options{Parallel: *parallel, Threads: *threads, Stderr: os.Stderr}, *tickets, *batch)
	if err != nil {
		fmt.Fprintln(os.Stderr, "waiting-room:", err)
		os.Exit(1)
	}
	defer in.Close()
	srv := &http.Server{Addr: *addr, Handler: handler(m), ReadHeaderTimeout: 5 * time.Second}
	log.Printf("waiting room on http://%s (%d tickets)", *addr, *tickets)
	log.Fatal(srv.ListenAndServe())
}
