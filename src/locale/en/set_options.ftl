## A set's optional parameters: age bands, headline indicators,
## standardisation factors.

# Loading a set.
set-options-headline-not-in-set = headline indicator "{ $indicator }" is not in the set

# The definition checker's messages.
set-options-age-bands-first-not-zero = the first age band starts at { $first }: it must start at 0, so that every age has a band
set-options-age-bands-not-increasing = this age band starts at { $bound }, not after the band before it ({ $previous }): bounds must increase, for instance [0, 18, 25, 35, 50, 65]
# $hint: set-options-did-you-mean, or nothing.
set-options-headline-not-in-this-set = headline indicator "{ $id }" is not in this set: name an indicator of indicators{ $hint }
set-options-did-you-mean = {" "}(did you mean "{ $s }"?)
set-options-repeated-entry = "{ $found }" is already listed (at { $first }): name it once
