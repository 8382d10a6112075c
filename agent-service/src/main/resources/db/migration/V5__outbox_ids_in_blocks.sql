-- The outbox is now the shared outbox module's (as the gateway's V8): ids come from a sequence in blocks of 50,
-- so that a transaction writing several messages writes them in one batched statement.
alter table outbox_message alter column id drop identity if exists;
create sequence outbox_message_id_seq increment by 50;
select setval('outbox_message_id_seq', coalesce((select max(id) from outbox_message), 0) + 50);
