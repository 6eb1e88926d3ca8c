"""Crossing a test grid pairwise: the one way the suite's large grids are cut down.

A full cross of four or five dimensions runs thousands of documents through the importer
and makes the suite slow. Most faults take two things meeting (a label in a layout, a value
under a label); the cells returned here hold every pair of values of every two dimensions at
least once, in a fraction of the cells (at least the product of the two largest dimensions).
"""

import heapq
from itertools import combinations, product


def pairwise(*dimensions, allowed=None):
    """Cells (one value of each dimension, in order) covering every pair of values of every
    two dimensions that some allowed cell holds; `allowed(*cell)` leaves out cells that
    cannot be written (a pair found only in such cells is not asked for).

    Greedy, in the dimensions' own order, so the same grid gives the same cells every run:
    each step takes the first cell covering the most pairs still missing.
    """
    cells = [cell for cell in product(*dimensions) if allowed is None or allowed(*cell)]
    pairs_of = [frozenset(pairs(cell)) for cell in cells]
    missing = set().union(*pairs_of)
    # Lazy greedy: a cell's gain only falls as pairs are covered, so a stale gain is an
    # upper bound, and a cell whose fresh gain still leads the heap is the best one.
    heap = [(-len(covered), index) for index, covered in enumerate(pairs_of)]
    heapq.heapify(heap)
    chosen = []
    while missing:
        _, index = heapq.heappop(heap)
        gain = len(pairs_of[index] & missing)
        if heap and (-gain, index) > heap[0]:
            heapq.heappush(heap, (-gain, index))
            continue
        chosen.append(index)
        missing -= pairs_of[index]
    return [cells[index] for index in sorted(chosen)]


def pairs(cell):
    return ((i, cell[i], j, cell[j]) for i, j in combinations(range(len(cell)), 2))
