#!/usr/bin/env python3
"""Fails when translation units of a static library depend on each other in a cycle.

A unit A depends on B when A's object file uses a symbol that B's object file
defines (read with `nm` from the archive, so the graph is what the compiler
and linker really see, not what the includes suggest). Weak symbols (inline
functions, templates) are defined in every unit that uses them and say
nothing about who owns what, so only strong definitions count. Every strongly
connected group of more than one unit is printed with the symbols that tie
it together (demangled), and the check fails.

Usage: check_tu_cycles.py <library.a> [--graph]
  --graph  also prints every edge "a.o -> b.o (symbol, …)".
Used by CTest (tests/CMakeLists.txt: web_app_tu_cycles) on web/app's
spegeln_ui, whose layering is messages ← document ← assessment ← library ← group
(see web/app/actions.h).
"""
import collections
import subprocess
import sys

STRONG = set("TDBRGSC")  # text, data, bss, read-only, small data, common


def read_archive(path):
    out = subprocess.run(["nm", "-A", "-C", path], check=True, capture_output=True, text=True).stdout
    defined, used = {}, collections.defaultdict(set)
    for line in out.splitlines():
        # "lib.a:member.o:0000000000000000 T name" or "lib.a:member.o:                 U name"
        head, _, rest = line.partition(".o:")
        member = head.rsplit(":", 1)[-1] + ".o"
        parts = rest.split(None, 2) if rest[:1].strip() else ["", *rest.split(None, 1)]
        if len(parts) < 3:
            continue
        _, kind, name = parts
        if kind == "U":
            used[member].add(name)
        elif kind in STRONG:
            defined.setdefault(name, member)
    edges = collections.defaultdict(dict)  # a -> {b: [symbols]}
    for member, names in used.items():
        for name in names:
            owner = defined.get(name)
            if owner and owner != member:
                edges[member].setdefault(owner, []).append(name)
    return edges


def strongly_connected(nodes, edges):
    """Tarjan's algorithm, iterative; returns the components with more than one node."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []
    counter = [0]

    def visit(root):
        work = [(root, iter(sorted(edges.get(root, {}))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, {})))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1:
                    out.append(sorted(group))

    for n in sorted(nodes):
        if n not in index:
            visit(n)
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    edges = read_archive(sys.argv[1])
    nodes = set(edges) | {b for e in edges.values() for b in e}
    if "--graph" in sys.argv:
        for a in sorted(edges):
            for b in sorted(edges[a]):
                print(f"{a} -> {b} ({', '.join(sorted(edges[a][b])[:3])}{', …' if len(edges[a][b]) > 3 else ''})")
    cycles = strongly_connected(nodes, edges)
    for group in cycles:
        print("cycle between: " + ", ".join(group))
        members = set(group)
        for a in group:
            for b, names in sorted(edges.get(a, {}).items()):
                if b in members:
                    print(f"  {a} uses {b}: {', '.join(sorted(names)[:4])}{' …' if len(names) > 4 else ''}")
    if not cycles:
        print(f"no cycles among {len(nodes)} translation units of {sys.argv[1]}")
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
