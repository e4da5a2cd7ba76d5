"""The generated sample corpus: invented plans for all 44 forces, clearly labelled as sample data."""
