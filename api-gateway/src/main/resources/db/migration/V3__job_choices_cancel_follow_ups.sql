alter table job add column provider varchar(40);
alter table job add column retry_on_warnings boolean;
alter table job add column parent_job_id uuid references job (id);
alter table job add column follow_up text;
alter table job add column prompt_version varchar(40);
alter table job add column prompt_hash varchar(64);
alter table job add column cancel_requested_at timestamptz;
create index job_parent on job (parent_job_id) where parent_job_id is not null;
