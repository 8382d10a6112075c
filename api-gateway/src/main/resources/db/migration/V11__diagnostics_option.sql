-- Whether a passing check also samples the model and reports its diagnostics; null is off.
alter table job add column diagnostics boolean;
alter table batch add column diagnostics boolean;
