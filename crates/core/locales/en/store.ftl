## store
