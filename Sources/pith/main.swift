print("pith: under construction")
