-- pg-boss runs schedules (its cron) through an internal queue, __pgboss__send-it, which it creates
-- when it starts: a new partition table, which the app's role may not create (migration job_queue),
-- and pg-boss ignores that failure. Without the queue, no scheduled job was ever sent: not the
-- minute's notification e-mails, not the daily due-date notices. Created here as the owner, with
-- pg-boss's defaults for it; a server where pg-boss made it already keeps its own.
SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}');
