## core
