"""The network feature: a loaded line layer as the road and path network, and each service layer's reach along it
drawn as service areas (:mod:`.reach`)."""
