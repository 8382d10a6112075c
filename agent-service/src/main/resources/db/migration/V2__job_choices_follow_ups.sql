alter table authoring_job add column provider varchar(40);
alter table authoring_job add column retry_on_warnings boolean not null default false;
alter table authoring_job add column parent_job_id uuid references authoring_job (id);
alter table authoring_job add column follow_up text;
alter table authoring_job add column deadline_at timestamptz;
