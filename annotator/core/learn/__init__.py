"""A model that learns from the analyst: entity suggestions trained on the project's own annotations (issue 13).

`tokens` cuts a document into the model's tokens, `features` describes each token the way Arabic needs
(folded spelling, the word without its proclitics, affixes, neighbours, the project's gazetteer), `crf`
trains and applies a linear-chain CRF (python-crfsuite) over them, in two passes where there is enough to
learn from (`second_pass`: the second reads how the first tagged the same words across the document).
No Qt here: the window and the command line share this code path.
"""
