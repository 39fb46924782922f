# cv.glmnet for make_cv_fixtures.py: reads x.txt, y.txt, foldid.txt and lambda.txt from the
# directory given first, runs a lasso cv.glmnet with those folds and that lambda grid, and writes
# "key v1 v2 ..." lines to the file given second; prints the glmnet version.
#   Rscript cv_glmnet.R DIR OUT
# standardize=FALSE and intercept=TRUE give scikit-learn's objective
# 1/(2n)||y - Xb - b0||^2 + lambda ||b||_1; thresh=1e-14 runs each fit to its optimum.
suppressMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
x <- as.matrix(read.table(file.path(dir, "x.txt")))
y <- scan(file.path(dir, "y.txt"), quiet = TRUE)
foldid <- scan(file.path(dir, "foldid.txt"), quiet = TRUE)
lambda <- scan(file.path(dir, "lambda.txt"), quiet = TRUE)
cv <- cv.glmnet(x, y, family = "gaussian", alpha = 1, lambda = lambda, foldid = foldid,
                standardize = FALSE, intercept = TRUE, thresh = 1e-14, maxit = 1e7,
                type.measure = "mse", grouped = TRUE)
if (length(cv$lambda) != length(lambda)) stop("glmnet returned a shorter path than the lambda grid given")
line <- function(key, v) paste(c(key, sprintf("%.17g", v)), collapse = " ")
writeLines(c(line("lambda", cv$lambda), line("cvm", cv$cvm), line("cvsd", cv$cvsd),
             line("lambda_min", cv$lambda.min), line("lambda_1se", cv$lambda.1se),
             line("index_min", cv$index["min", 1] - 1), line("index_1se", cv$index["1se", 1] - 1)),
           args[2])
cat(sprintf("R %s, glmnet %s", getRversion(), packageVersion("glmnet")), "\n")
