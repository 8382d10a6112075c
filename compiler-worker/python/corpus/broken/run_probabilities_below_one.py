# expect: stage=run line=10 type=ProbabilitiesBelowOne
# Three birthdays out of 365 as a Multinomial's p: the other 362 days are left out, and PyMC rescales p to thirds with only a warning.
import pymc as pm

may_11, may_23, aug_1 = 2, 1, 0

with pm.Model() as model:
    students = pm.DiscreteUniform("students", lower=3, upper=2000)
    day = 1 / 365
    counts = pm.Multinomial("counts", n=students, p=[day, day, day], observed=[may_11, may_23, aug_1])
