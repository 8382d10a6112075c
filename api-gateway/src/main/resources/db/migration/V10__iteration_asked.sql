-- What the loop asked the model on the turn, and why, as the agent said it.
alter table job_iteration add column asked text;
