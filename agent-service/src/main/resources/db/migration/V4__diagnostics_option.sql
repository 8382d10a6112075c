alter table authoring_job add column diagnostics boolean not null default false;
