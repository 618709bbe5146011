"""Model: from analysed texts to a prediction and its explanation.

``features`` (TF-IDF over stems and character n-grams), ``calibration`` (temperature and
status thresholds), ``prediction`` (the Prediction type and level-first decoding),
``intervention`` (the joint pair classifier), ``explain`` (evidence, contrast, similar
cases) and ``baselines`` (the reference points of the model card).
"""
