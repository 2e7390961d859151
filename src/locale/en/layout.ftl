## The words of the report's layout: the items of a composite scale,
## folded under their scale.

# What the fold under a scale holds; $n is written out, $count is the number.
layout-scale-items = { $count ->
    [one] The scale's item
   *[other] The scale's { $n } items
}
# How the fold opens, and that print holds everything.
layout-items-hint = Open to show the results of each item; the printed report holds them all.
