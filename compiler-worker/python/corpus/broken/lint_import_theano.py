# expect: stage=lint line=4 type=OutdatedImport
# Theano was replaced by PyTensor.
import pymc as pm
import theano.tensor as tt

with pm.Model() as model:
    x = pm.Normal("x", 0, 1, shape=3)
    pm.Deterministic("total", tt.sum(x))
