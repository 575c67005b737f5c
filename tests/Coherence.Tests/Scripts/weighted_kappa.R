# Weighted kappa by psych::cohen.kappa, for the tests of Coherence's WeightedKappa.
# Input: a CSV with columns set, a, b, k (categories 1..k). Output: one line per set:
# <set> <linear weighted kappa> <quadratic weighted kappa>, with 17 significant digits.
suppressPackageStartupMessages(library(psych))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
for (s in unique(d$set)) {
  x <- d[d$set == s, ]
  k <- x$k[1]
  lv <- 1:k
  linear <- outer(lv, lv, function(i, j) 1 - abs(i - j) / (k - 1))
  ratings <- cbind(x$a, x$b)
  q <- suppressWarnings(cohen.kappa(ratings, levels = lv))
  l <- suppressWarnings(cohen.kappa(ratings, w = linear, levels = lv))
  cat(s, sprintf("%.17g", l$weighted.kappa), sprintf("%.17g", q$weighted.kappa), "\n")
}
