package org.tdah.assistant.archfixtures.adaptercoupling.adapters.persistence;

public class PersistenceThing {}
