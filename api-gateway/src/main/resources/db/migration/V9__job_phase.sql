-- What a running job does now (waiting for the model, the model writing, its program being checked) and since when.
alter table job add column phase varchar(32);
alter table job add column phase_since timestamp with time zone;
