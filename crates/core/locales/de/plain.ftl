## plain
