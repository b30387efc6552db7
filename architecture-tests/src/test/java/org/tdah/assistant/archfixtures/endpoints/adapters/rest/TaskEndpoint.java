package org.tdah.assistant.archfixtures.endpoints.adapters.rest;

/** Breaks the rule: an endpoint not named *Resource. */
@jakarta.ws.rs.Path("/tasks")
public class TaskEndpoint {}
