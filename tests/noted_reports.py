"""Two small reports of one dam failure whose links carry each kind of note the engine makes
(reader.core.link_notes): a name respelled, a claim hedged on one side only, a quotation put in
another's mouth, a word turned into its opposite.  Shared by the engine's and the window's tests."""

DAM_A = """Dam gives way after record rain

The dam's operator, Harlan Pruitt, said the spillway had been inspected in March.

The failure is thought to have been caused by a crack in the concrete spillway.

"This was a disaster waiting to happen," the mayor told reporters on Thursday.

Engineers said the repairs were favourable for the town's water supply this summer.
"""

DAM_B = """Dam failure floods the valley

The dam's operator, Harlan Pruett, said the spillway had been inspected in March.

The failure was caused by a crack in the concrete spillway.

"This was a disaster waiting to happen," the governor told reporters on Thursday.

Engineers said the repairs were unfavourable for the town's water supply this summer.
"""
