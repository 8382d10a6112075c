-- The PNG plots of a passing check with diagnostics, kept out of job_iteration.check_json (which names them by URL).
create table iteration_plot (
    job_id     uuid         not null references job (id),
    iteration  integer      not null,
    name       varchar(40)  not null,
    png        bytea        not null,
    primary key (job_id, iteration, name)
);
