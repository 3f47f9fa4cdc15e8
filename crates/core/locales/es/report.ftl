## report
