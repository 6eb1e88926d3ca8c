"""The pairwise crossing the large grids rely on (`tests.pairwise`): what the grids'
docstrings claim of their cells holds, whatever the dimensions."""

from itertools import combinations, product

from tests.pairwise import pairwise

DIMENSIONS = (("a", "b", "c"), tuple(range(7)), ("x", "y"), ("p", "q", "r", "s"))


def pairs_of(cells):
    return {
        (i, cell[i], j, cell[j]) for cell in cells for i, j in combinations(range(len(cell)), 2)
    }


def test_every_pair_of_values_meets_in_fewer_cells_than_the_full_cross():
    cells = pairwise(*DIMENSIONS)
    full = list(product(*DIMENSIONS))
    assert pairs_of(cells) == pairs_of(full)
    assert len(cells) == len(set(cells)) < len(full) / 3


def test_cells_left_out_are_never_given_and_their_other_pairs_still_meet():
    def allowed(letter, number, side, mark):
        return not (letter == "a" and side == "y")

    cells = pairwise(*DIMENSIONS, allowed=allowed)
    assert all(allowed(*cell) for cell in cells)
    assert pairs_of(cells) == pairs_of(cell for cell in product(*DIMENSIONS) if allowed(*cell))


def test_the_same_grid_gives_the_same_cells_in_the_dimensions_order():
    cells, full = pairwise(*DIMENSIONS), list(product(*DIMENSIONS))
    assert cells == pairwise(*DIMENSIONS)
    assert cells == sorted(cells, key=full.index)
