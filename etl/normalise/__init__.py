"""The one place that knows header wordings, item numbers, status words, dates and force names.

Each module here is pure (text in, values out) and driven by the vocabularies in data/reference/.
`document.normalise_document` turns an extracted Document into PlanUpdate records.
"""
