## wizard
