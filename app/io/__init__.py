"""Loading data: the loader (File > Open, drops), the load dialog and official boundaries."""
