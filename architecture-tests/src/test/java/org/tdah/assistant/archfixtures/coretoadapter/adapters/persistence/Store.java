package org.tdah.assistant.archfixtures.coretoadapter.adapters.persistence;

public class Store {}
