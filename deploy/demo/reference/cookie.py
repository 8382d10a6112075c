import pymc as pm

vanilla_in_bowl1 = 30 / (30 + 10)
vanilla_in_bowl2 = 20 / (20 + 20)

with pm.Model() as model:
    bowl1 = pm.Bernoulli("bowl1", p=0.5)  # a bowl picked at random
    p_vanilla = pm.math.switch(bowl1, vanilla_in_bowl1, vanilla_in_bowl2)
    pm.Bernoulli("vanilla", p=p_vanilla, observed=1)
