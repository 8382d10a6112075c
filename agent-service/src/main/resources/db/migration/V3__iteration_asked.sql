-- What the loop asked the model on the turn, and why (the problem, a repair, a new draw, ...).
alter table iteration add column asked text;
