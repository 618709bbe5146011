"""Text: from what a person typed to analysed tokens.

``resources`` reads the language data files, ``normalize`` standardizes a word,
``masking`` finds personal data, ``stemming`` wraps Sastrawi, and ``language`` is the
spaCy pipeline that puts them together (:func:`~classifier.text.language.analyze`).
"""
