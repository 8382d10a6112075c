-- The table as each service creates it in its own schema (gateway V1 and V8, agent V1 and V5).
create table outbox_message (
    id           bigint primary key,
    topic        varchar(200)  not null,
    message_key  varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null
);
create sequence outbox_message_id_seq increment by 50;
