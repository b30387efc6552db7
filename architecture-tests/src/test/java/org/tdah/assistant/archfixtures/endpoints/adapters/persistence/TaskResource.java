package org.tdah.assistant.archfixtures.endpoints.adapters.persistence;

/** Breaks the rule: an endpoint outside the REST adapter. */
@jakarta.ws.rs.Path("/stored-tasks")
public class TaskResource {}
